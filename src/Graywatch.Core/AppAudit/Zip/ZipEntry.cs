namespace Graywatch.AppAudit.Zip;

/// <summary>One entry as the ZIP central directory declares it; sizes are claims until <see cref="ApkArchive.Read"/> checks them.</summary>
/// <param name="Name">The entry's path inside the archive.</param>
/// <param name="Method">Compression method: 0 stored, 8 deflated.</param>
/// <param name="Flags">General-purpose bit flags (bit 0: encrypted).</param>
/// <param name="CompressedSize">Declared compressed size in bytes.</param>
/// <param name="UncompressedSize">Declared inflated size in bytes; never trusted for allocation.</param>
/// <param name="LocalHeaderOffset">Offset of the local file header from the start of the file.</param>
/// <param name="NameBytes">Length of the raw name in bytes, as stored.</param>
public sealed record ZipEntry(string Name, int Method, int Flags, long CompressedSize, long UncompressedSize, long LocalHeaderOffset, int NameBytes);
