(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graywatch-data').textContent);
  if (typeof echarts === 'undefined') {
    return;
  }
  document.documentElement.classList.add('charts-ready');
  var locale = data.language === 'zh-TW' ? 'zh-TW' : 'en';
  var palette = ['#2f6f9f', '#c2410c', '#2e7d32', '#b7791f', '#6a4c93', '#8e1b1b'];
  var number = function (v) { return v === null ? '–' : Number(v).toLocaleString(locale); };
  var compactFormat = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  var compact = function (v) { return compactFormat.format(v); };
  // ECharts renders tooltips as HTML: every name taken from the data goes through text() first.
  var text = function (v) {
    return String(v === null || v === undefined ? '' : v).replace(/[&<>"'`]/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  };
  var valueTip = function (params) {
    return (Array.isArray(params) ? params : [params]).map(function (p, i) {
      var head = i === 0 ? text(p.axisValueLabel) + '<br>' : '';
      var v = Array.isArray(p.value) ? p.value[1] : p.value;
      return head + p.marker + text(p.seriesName) + ': ' + number(v);
    }).join('<br>');
  };

  function seriesOption(s) {
    var points = s.points.map(function (p) { return [p.time, p.value]; });
    var asBars = points.length <= 48;
    var marks = (s.intervals || []).map(function (i) {
      var alpha = Math.min(0.12 * i.level, 0.45);
      return [{ name: i.label, xAxis: i.start, itemStyle: { color: 'rgba(194, 65, 12, ' + alpha + ')' } }, { xAxis: i.end }];
    });
    return {
      animation: false, useUTC: true, color: palette,
      grid: { left: 56, right: 20, top: 16, bottom: 36 },
      tooltip: { trigger: 'axis', formatter: valueTip },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: compact } },
      series: [{
        name: s.name, type: asBars ? 'bar' : 'line', data: points, showSymbol: false,
        barMaxWidth: 28, areaStyle: asBars ? undefined : { opacity: 0.15 },
        markArea: marks.length ? { silent: true, label: { show: false }, data: marks } : undefined
      }]
    };
  }

  // Several series in one chart: lines, plus a shaded band between a 'low' and a 'high' series.
  function seriesGroupOption(list) {
    var byBand = {};
    list.forEach(function (s) { if (s.band) { byBand[s.band] = s; } });
    var series = [];
    list.forEach(function (s, k) {
      var points = s.points.map(function (p) { return [p.time, p.value]; });
      var marks = (s.intervals || []).map(function (i) {
        return [{ name: i.label, xAxis: i.start, itemStyle: { color: 'rgba(194, 65, 12, 0.12)' } }, { xAxis: i.end }];
      });
      if (s.band === 'low') {
        series.push({ name: s.name, type: 'line', data: points, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 } });
      } else if (s.band === 'high' && byBand.low) {
        var low = byBand.low.points;
        series.push({
          name: s.name, type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(47, 111, 159, 0.18)' },
          data: s.points.map(function (p, i) { return [p.time, p.value - (low[i] ? low[i].value : 0)]; })
        });
      } else {
        series.push({
          name: s.name, type: 'line', data: points, showSymbol: k === 0, symbolSize: 6,
          lineStyle: k === 0 ? undefined : { type: 'dashed' },
          markArea: marks.length ? { silent: true, label: { show: false }, data: marks } : undefined
        });
      }
    });
    return {
      animation: false, useUTC: true, color: palette,
      grid: { left: 56, right: 20, top: 32, bottom: 36 },
      legend: { top: 0, data: list.filter(function (s) { return !s.band; }).map(function (s) { return s.name; }) },
      tooltip: {
        trigger: 'axis',
        // The band's upper series is stacked as a difference: show the real values.
        formatter: function (params) {
          return params.map(function (p) {
            var s = list[p.seriesIndex];
            var v = s && s.points[p.dataIndex] ? s.points[p.dataIndex].value : p.value[1];
            return p.marker + text(p.seriesName) + ': ' + number(v);
          }).join('<br>');
        }
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', axisLabel: { formatter: compact } },
      series: series
    };
  }

  function rankingOption(r) {
    return {
      animation: false, color: palette,
      grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: valueTip },
      xAxis: { type: 'value', axisLabel: { formatter: compact } },
      yAxis: {
        type: 'category', inverse: true, data: r.items.map(function (i) { return i.label; }),
        axisLabel: { width: 180, overflow: 'truncate' }
      },
      series: [{
        name: r.unit, type: 'bar', data: r.items.map(function (i) { return i.value; }), barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: function (p) { return number(p.value); } }
      }]
    };
  }

  function graphOption(g) {
    var maxValue = Math.max.apply(null, g.nodes.map(function (n) { return n.value; }).concat([1]));
    var maxWeight = Math.max.apply(null, g.edges.map(function (e) { return e.weight; }).concat([1]));
    var nodeName = {};
    g.nodes.forEach(function (n) { nodeName[n.id] = n.label || n.id; });
    return {
      animation: false, color: palette,
      tooltip: {
        formatter: function (p) {
          return p.dataType === 'edge'
            ? text(p.data.sourceName) + ' — ' + text(p.data.targetName) + ': ' + number(p.data.value)
            : (text(p.data.name) + ' (' + number(p.data.value) + ')');
        }
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 120, edgeLength: [30, 120], gravity: 0.08 },
        label: { show: g.nodes.length <= 40, position: 'right', fontSize: 11 },
        data: g.nodes.map(function (n) {
          return {
            id: n.id, name: n.label || n.id, value: n.value,
            symbolSize: 8 + 22 * Math.sqrt(n.value / maxValue),
            itemStyle: { color: palette[Math.abs(n.group) % palette.length] }
          };
        }),
        links: g.edges.map(function (e) {
          return {
            source: e.source, target: e.target, value: e.weight,
            sourceName: nodeName[e.source] || e.source, targetName: nodeName[e.target] || e.target,
            lineStyle: { width: 0.5 + 3.5 * (e.weight / maxWeight), opacity: e.strong ? 0.8 : 0.3, color: e.strong ? '#8e1b1b' : '#999' }
          };
        })
      }]
    };
  }

  var worldEl = document.getElementById('gw-world');
  var worldReady = false;
  var pointColor = { site: '#8e1b1b', post: '#2f6f9f', work: '#c2410c', home: '#2e7d32', movement: '#6a4c93' };

  function mapOption(points) {
    if (!worldReady && worldEl) {
      echarts.registerMap('gw-world', JSON.parse(worldEl.textContent));
      worldReady = true;
    }
    var lons = points.map(function (p) { return p.lon; });
    var lats = points.map(function (p) { return p.lat; });
    var pad = Math.max(0.05, (Math.max.apply(null, lons) - Math.min.apply(null, lons)) * 0.2, (Math.max.apply(null, lats) - Math.min.apply(null, lats)) * 0.2);
    var kinds = ['site', 'post', 'work', 'home', 'movement'].filter(function (k) { return points.some(function (p) { return p.kind === k; }); });
    return {
      animation: false,
      tooltip: { formatter: function (p) { return text(p.data.kind) + ': ' + text(p.data.name); } },
      legend: { bottom: 0, data: kinds },
      geo: {
        map: 'gw-world', roam: true,
        boundingCoords: [[Math.min.apply(null, lons) - pad, Math.max.apply(null, lats) + pad], [Math.max.apply(null, lons) + pad, Math.min.apply(null, lats) - pad]],
        itemStyle: { areaColor: '#eef1f4', borderColor: '#9aa5b1' }, emphasis: { disabled: true }
      },
      series: kinds.map(function (k) {
        return {
          name: k, type: 'scatter', coordinateSystem: 'geo',
          symbol: k === 'site' ? 'pin' : 'circle', symbolSize: k === 'site' ? 26 : k === 'post' ? 6 : 12,
          itemStyle: { color: pointColor[k] || '#555', opacity: k === 'post' ? 0.7 : 0.95 },
          data: points.filter(function (p) { return p.kind === k; }).map(function (p) {
            return { name: p.label, kind: p.kind, value: [p.lon, p.lat] };
          })
        };
      })
    };
  }

  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var all = el.getAttribute('data-chart') === 'exposure-map';
    var finding = all
      ? { evidence: { map: data.findings.filter(function (f) { return f.module === 'exposure'; }).reduce(function (acc, f) { return acc.concat(f.evidence.map || []); }, []) } }
      : data.findings[Number(el.getAttribute('data-finding'))];
    var indices = el.getAttribute('data-index').split(',').map(Number);
    var index = indices[0];
    var evidence = finding && finding.evidence;
    if (all && evidence) {
      var chartAll = echarts.init(el, null, { renderer: 'svg' });
      chartAll.setOption(mapOption(evidence.map));
      charts.push(chartAll);
      return;
    }
    if (!evidence) {
      return;
    }
    var kind = el.getAttribute('data-chart');
    var option = kind === 'series'
      ? (indices.length > 1
        ? seriesGroupOption(indices.map(function (i) { return evidence.series[i]; }))
        : seriesOption(evidence.series[index]))
      : kind === 'graph' ? graphOption(evidence.graph)
      : kind === 'map' ? mapOption(evidence.map) : rankingOption(evidence.rankings[index]);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
  });
  var resize = function () { charts.forEach(function (c) { c.resize(); }); };
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
}());
