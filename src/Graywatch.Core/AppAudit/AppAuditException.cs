namespace Graywatch.AppAudit;

/// <summary>An APK, or a part of it (ZIP container, binary manifest, DEX file), is malformed or hostile; the message says where and why.</summary>
public sealed class AppAuditException : Exception
{
    public AppAuditException() : this("malformed APK") { }

    public AppAuditException(string message) : base(message) { }

    public AppAuditException(string message, Exception innerException) : base(message, innerException) { }
}
