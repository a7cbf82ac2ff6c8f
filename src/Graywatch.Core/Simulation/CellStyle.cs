namespace Graywatch.Simulation;

/// <summary>How one CSV column writes its cells, as read from the input's own cells.</summary>
/// <param name="AtSigns">Mentions written <c>@name</c>.</param>
/// <param name="CapitalBooleans">Booleans written <c>True</c>/<c>False</c> (Python, pandas) rather than <c>true</c>/<c>false</c>.</param>
internal readonly record struct CellStyle(TimeStyle Time = TimeStyle.Iso, ListStyle List = ListStyle.CommaSpace, bool AtSigns = false, bool CapitalBooleans = false);
