using Graywatch.Readers;

namespace Graywatch.Simulation;

/// <summary>One real export read by <see cref="RealDataSurvey"/>: its reader, its head, and what it held.</summary>
internal sealed record SurveyedFile(string Path, IRecordReader Reader, FileSample Sample, long Posts, long Quarantined, DateTimeOffset LastWrite);
