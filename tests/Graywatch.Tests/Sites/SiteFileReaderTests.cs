using Graywatch.Readers;
using Graywatch.Sites;
using Graywatch.Testing;
using NetTopologySuite.Geometries;

namespace Graywatch.Tests.Sites;

public sealed class SiteFileReaderTests
{
    [Fact]
    public void The_sample_csv_loads_five_sites_with_their_chinese_aliases()
    {
        var registry = SiteFileReader.Load(RepositoryFiles.Path("samples/sites.csv"));

        Assert.Equal(5, registry.Count);
        Assert.Empty(registry.Problems);
        var air = registry.Sites[0];
        Assert.Equal("Qingshan Air Base", air.Name);
        Assert.Contains("青山空軍基地", air.Aliases);
        Assert.Equal(800, air.RadiusMeters);
        Assert.Equal("military", air.Category);
    }

    [Fact]
    public void A_point_inside_a_radius_is_inside_and_one_in_the_vicinity_is_near()
    {
        var index = SiteFileReader.Load(RepositoryFiles.Path("samples/sites.csv")).Index(2000);

        var inside = Assert.Single(index.Locate(23.84621, 120.91300));
        var near = index.Nearest(23.84621 + (2000 / Haversine.MetersPerDegree), 120.91247);

        Assert.True(inside.Inside);
        Assert.Equal("Qingshan Air Base", inside.Site.Name);
        Assert.NotNull(near);
        Assert.False(near.Inside);
        Assert.InRange(near.DistanceMeters, 1990, 2010);
        Assert.Empty(index.Locate(0, 0));
        Assert.Empty(index.Locate(10, 10));
    }

    [Fact]
    public void Bad_features_are_skipped_with_a_message_naming_each_one()
    {
        using var dir = new TempDir();
        var path = dir.Write("sites.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Good Camp","radius_m":300,"aliases":["好營區"]},"geometry":{"type":"Point","coordinates":[121.5,25.0]}},
              {"type":"Feature","properties":{"name":"Far North"},"geometry":{"type":"Point","coordinates":[121.5,95.0]}},
              {"type":"Feature","properties":{"name":"Bow Tie"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},
              {"type":"Feature","properties":{"name":"Good Camp"},"geometry":{"type":"Point","coordinates":[121.5001,25.0001]}},
              {"type":"Feature","properties":{"name":"Broken"},"geometry":{"type":"Polygon","coordinates":"nope"}},
              {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[121.0,25.0]}},
              {"type":"Feature","properties":{"name":"Two Parts"},"geometry":{"type":"MultiPolygon","coordinates":[[[[120,24],[120.01,24],[120.01,24.01],[120,24.01],[120,24]]],[[[121,24],[121.01,24],[121.01,24.01],[121,24.01],[121,24]]]]}}
            ]}
            """);

        var registry = SiteFileReader.Load(path);

        Assert.Equal(["Good Camp", "Two Parts"], registry.Sites.Select(s => s.Name));
        Assert.IsType<MultiPolygon>(registry.Sites[1].Geometry);
        var problems = registry.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(problems, p => p.Contains("feature 2 \"Far North\"") && p.Contains("out of range"));
        Assert.Contains(problems, p => p.Contains("feature 3 \"Bow Tie\"") && p.Contains("bad geometry"));
        Assert.Contains(problems, p => p.Contains("feature 4 \"Good Camp\"") && p.Contains("duplicate of"));
        Assert.Contains(problems, p => p.Contains("feature 5 \"Broken\"") && p.Contains("bad geometry"));
        Assert.Contains(problems, p => p.Contains("feature 6") && p.Contains("no name"));
    }

    [Fact]
    public void A_file_without_any_valid_site_or_of_an_unknown_kind_is_refused()
    {
        using var dir = new TempDir();
        var empty = dir.Write("none.csv", "name,lat,lon\nX,200,10\n");
        var kind = dir.Write("sites.txt", "x");
        var noLat = dir.Write("nolat.csv", "name,where\nX,here\n");

        Assert.Contains("no valid sites", Assert.Throws<InputException>(() => SiteFileReader.Load(empty)).Message);
        Assert.Contains("unknown site file kind", Assert.Throws<InputException>(() => SiteFileReader.Load(kind)).Message);
        Assert.Contains("--site-columns lat=COLUMN", Assert.Throws<InputException>(() => SiteFileReader.Load(noLat)).Message);
    }

    [Fact]
    public void Csv_columns_can_be_named_by_options()
    {
        using var dir = new TempDir();
        var path = dir.Write("odd.csv", "base,y_deg,x_deg,zone,kind,other\nCamp One,25.1,121.2,700,army,Camp 1;營一\n");

        var registry = SiteFileReader.Load(path, new SiteFileOptions
        {
            Columns = SiteColumns.Parse("name=base,lat=y_deg,lon=x_deg,radius=zone,category=kind,aliases=other"),
            AliasSeparator = ';',
        });

        var site = Assert.Single(registry.Sites);
        Assert.Equal(700, site.RadiusMeters);
        Assert.Equal(["Camp 1", "營一"], site.Aliases);
        Assert.Equal(25.1, site.Latitude);
    }

    [SkippableFact]
    public void The_real_osm_points_all_load_and_the_13_unnamed_ones_are_named_from_their_tags_and_id()
    {
        var path = SharedData.File("geo-military-sites/osm_canada_military_points.geojson");
        Skip.If(path is null, "geo-military-sites is not on this machine");

        var registry = SiteFileReader.Load(path);

        Assert.Equal(56, registry.Count);
        Assert.Empty(registry.Problems);
        Assert.Equal(13, registry.NamedFromTags);
        Assert.All(registry.Sites, s => Assert.IsType<Point>(s.Geometry));
        Assert.Contains(registry.Sites, s => s.Name == "Oshawa Airport" && s.Category == "airfield");
        Assert.Contains(registry.Sites, s => s.Name == "danger_area 1207889868" && s.Category == "danger_area");
        Assert.Contains(registry.Sites, s => s.Name == "barracks 2771143896");
        Assert.Contains(registry.Sites, s => s.Name == "CFB Shearwater");
    }

    [Fact]
    public void Unnamed_features_are_named_from_their_tags_and_id_and_counted()
    {
        using var dir = new TempDir();
        var path = dir.Write("osm.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":"node/42","properties":{"@id":"node/42","landuse":"military","military":"danger_area"},"geometry":{"type":"Point","coordinates":[121.5,25.0]}},
              {"type":"Feature","id":"way/7","properties":{"building":"barracks"},"geometry":{"type":"Point","coordinates":[121.6,25.1]}},
              {"type":"Feature","properties":{"@id":"node/9","landuse":"military"},"geometry":{"type":"Point","coordinates":[121.7,25.2]}},
              {"type":"Feature","properties":{"@id":"node/5","@relations":[{"role":"label","rel":"1","reltags":{"name":"Camp Label"}}]},"geometry":{"type":"Point","coordinates":[121.8,25.3]}},
              {"type":"Feature","id":"node/3","properties":{"name":"Named Camp","military":"barracks"},"geometry":{"type":"Point","coordinates":[121.9,25.4]}},
              {"type":"Feature","properties":{"note":"nothing to go by"},"geometry":{"type":"Point","coordinates":[122.0,25.5]}}
            ]}
            """);

        var registry = SiteFileReader.Load(path);

        Assert.Equal(["danger_area 42", "barracks 7", "military 9", "Camp Label", "Named Camp"], registry.Sites.Select(s => s.Name));
        Assert.Equal(4, registry.NamedFromTags);
        Assert.Contains("no name", Assert.Single(registry.Problems).Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_real_kml_polygons_load_although_the_file_is_not_well_formed()
    {
        var path = SharedData.File("geo-military-sites/WV_Military_Bases.kml");
        Skip.If(path is null, "geo-military-sites is not on this machine");

        var registry = SiteFileReader.Load(path);

        Assert.Equal(7, registry.Count);
        Assert.All(registry.Sites, s => Assert.IsType<Polygon>(s.Geometry));
        var dawson = registry.Sites.Single(s => s.Name == "Camp Dawson Cantonement");
        var index = registry.Index(500);
        Assert.Contains(index.Locate(39.444, -79.670), h => h.Site == dawson && h.Inside && h.DistanceMeters == 0);
        Assert.Contains(registry.Problems, p => p.Reason.Contains("not well-formed"));
    }

    [SkippableFact]
    public void The_real_overseas_bases_array_loads_every_feature()
    {
        var path = SharedData.File("geo-military-sites/gp0_us_overseas_bases.json");
        Skip.If(path is null, "geo-military-sites is not on this machine");

        var registry = SiteFileReader.Load(path);

        Assert.Equal(652, registry.Count + registry.Problems.Count);
        Assert.Contains(registry.Sites, s => s.Name == "Bagram Air Base");
    }

    [SkippableFact]
    public void The_real_2009_row_csv_loads_with_its_columns_mapped_and_its_shifted_rows_reported()
    {
        var path = SharedData.File("geo-military-sites/RusBases.csv");
        Skip.If(path is null, "geo-military-sites is not on this machine");

        var registry = SiteFileReader.Load(path, SiteFileOptions.Default with
        {
            Columns = SiteColumns.Parse("name=military_base_name,lat=latitudes,lon=longtitudes,category=type_norm"),
        });

        Assert.Equal(2009, registry.Count + registry.Problems.Count);
        Assert.InRange(registry.Count, 1900, 2009);
        Assert.All(registry.Problems, p => Assert.StartsWith("row ", p.Feature));
        Assert.Contains(registry.Problems, p => p.Reason.Contains("duplicate of"));
        var first = registry.Sites[0];
        Assert.Equal("25th Separate Guards Motor Rifle Brigade", first.Name);
        Assert.Equal("garrison", first.Category);
        Assert.Contains(registry.Index(0).Locate(first.Latitude, first.Longitude + 0.001), h => h.Site == first && h.Inside);
    }

    [Fact]
    public void Csv_rows_and_kml_placemarks_without_a_name_are_kept_named_from_their_category_and_place_in_the_file()
    {
        using var dir = new TempDir();
        var csv = dir.Write("sites.csv", "name,lat,lon,category\nCamp A,25.0,121.5,base\n,25.1,121.6,radar\n,25.2,121.7,\n");
        var kml = dir.Write("sites.kml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark><name>Named</name><Point><coordinates>121.5,25.0</coordinates></Point></Placemark>
              <Placemark><ExtendedData><Data name="category"><value>depot</value></Data></ExtendedData><Point><coordinates>121.6,25.1</coordinates></Point></Placemark>
            </Document></kml>
            """);

        var fromCsv = SiteFileReader.Load(csv);
        var fromKml = SiteFileReader.Load(kml);

        Assert.Equal(["Camp A", "radar line 3", "site line 4"], fromCsv.Sites.Select(s => s.Name));
        Assert.Equal(2, fromCsv.NamedFromTags);
        Assert.Equal(["Named", "depot 2"], fromKml.Sites.Select(s => s.Name));
        Assert.Equal(1, fromKml.NamedFromTags);
    }
}
