namespace Graywatch.Readers;

/// <summary>A file that cannot be read as a whole: the message names the file, the line and the reason.</summary>
public sealed class InputException : Exception
{
    public InputException(string path, long? line, string reason)
        : base(line is null ? $"{path}: {reason}" : $"{path}:{line}: {reason}")
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    public InputException() : this("(unknown)", null, "unreadable input") { }

    public InputException(string message) : this("(unknown)", null, message) { }

    public InputException(string message, Exception innerException) : base(message, innerException)
    {
        Path = "(unknown)";
        Reason = message;
    }

    public string Path { get; } = "(unknown)";
    public long? Line { get; }
    public string Reason { get; } = "";
}
