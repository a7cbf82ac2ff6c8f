using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Opens the store for a verb: only verbs that write may create one; read-only verbs need it to exist.</summary>
public static class StoreAccess
{
    /// <summary>Opens an existing store; a missing one is bad input naming the path, and nothing is created.</summary>
    /// <exception cref="InputException">No store at <paramref name="path"/>.</exception>
    public static GraywatchStore OpenExisting(string path)
    {
        if (path != ":memory:" && !File.Exists(path))
        {
            throw new InputException(Path.GetFullPath(path), null, "no store here (ingest or analyze creates one)");
        }
        return GraywatchStore.Open(path);
    }

    /// <summary>Opens the store, creating it when the verb will write into it, otherwise requiring it to exist.</summary>
    public static GraywatchStore Open(string path, bool writes) => writes ? GraywatchStore.Open(path) : OpenExisting(path);
}
