namespace Graywatch.Cli.Infrastructure;

/// <summary>The command line asks for something impossible; exits with code 2 and the message.</summary>
public sealed class UsageException : Exception
{
    public UsageException() { }

    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception innerException) : base(message, innerException) { }
}
