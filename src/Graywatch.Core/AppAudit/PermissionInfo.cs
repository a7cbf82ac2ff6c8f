namespace Graywatch.AppAudit;

/// <summary>A requested permission with its protection level and what it lets the app do.</summary>
/// <param name="Name">The permission, such as <c>android.permission.READ_PHONE_STATE</c>.</param>
/// <param name="Protection">normal, dangerous (needs the user's consent), signature, privileged, or unknown.</param>
/// <param name="Meaning">Plain-language meaning in English, when known.</param>
/// <param name="MeaningZh">The meaning in Traditional Chinese, when known.</param>
public sealed record PermissionInfo(string Name, string Protection, string? Meaning, string? MeaningZh);
