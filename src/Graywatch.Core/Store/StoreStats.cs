namespace Graywatch.Store;

/// <summary>The store's totals, as <c>graywatch stats</c> prints them.</summary>
public sealed record StoreStats(long Posts, long Snapshots, long Accounts, long Comments, long Quarantined, long Sources);
