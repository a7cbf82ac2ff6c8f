namespace Graywatch.Store;

/// <summary>The store's tables, one migration per schema version.</summary>
/// <remarks>
/// A migration only ever adds; <see cref="Migrations"/>[i] takes a store from version i to i+1, so a newer
/// Graywatch opens any older store by running the migrations it lacks, inside one transaction.
/// </remarks>
public static class Schema
{
    /// <summary>The version this build writes.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>DDL per version step.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 0 -> 1: canonical records with their sources, raw records (text, or a place in the archived file) and quarantine.
        """
        CREATE TABLE sources (
            source_id INTEGER NOT NULL,
            path VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            mapper_version INTEGER NOT NULL,
            bytes BIGINT NOT NULL,
            observed_at TIMESTAMPTZ,
            observed_at_origin VARCHAR NOT NULL,
            ingested_at TIMESTAMPTZ NOT NULL,
            archive VARCHAR
        );
        CREATE TABLE raw_records (
            source_id INTEGER NOT NULL,
            item BIGINT NOT NULL,
            raw VARCHAR,
            byte_offset BIGINT,
            byte_length INTEGER
        );
        CREATE TABLE posts (
            platform VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            author_id VARCHAR,
            author_name VARCHAR,
            created_at TIMESTAMPTZ,
            text VARCHAR,
            language VARCHAR,
            hashtags VARCHAR[],
            mentions VARCHAR[],
            sound_id VARCHAR,
            sound_title VARCHAR,
            sound_author VARCHAR,
            effect_ids VARCHAR[],
            parent_id VARCHAR,
            parent_kind VARCHAR,
            urls VARCHAR[],
            duration_s DOUBLE,
            region_code VARCHAR,
            place_name VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            sticker_texts VARCHAR[],
            transcript VARCHAR,
            source_id INTEGER NOT NULL,
            source_item BIGINT NOT NULL
        );
        CREATE TABLE snapshots (
            platform VARCHAR NOT NULL,
            post_id VARCHAR NOT NULL,
            observed_at TIMESTAMPTZ NOT NULL,
            views BIGINT,
            likes BIGINT,
            comments BIGINT,
            shares BIGINT,
            saves BIGINT,
            source_id INTEGER NOT NULL,
            source_item BIGINT NOT NULL
        );
        CREATE TABLE accounts (
            platform VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            name VARCHAR,
            display_name VARCHAR,
            followers BIGINT,
            following BIGINT,
            likes BIGINT,
            videos BIGINT,
            verified BOOLEAN,
            bio VARCHAR,
            observed_at TIMESTAMPTZ NOT NULL,
            source_id INTEGER NOT NULL,
            source_item BIGINT NOT NULL
        );
        CREATE TABLE comments (
            platform VARCHAR NOT NULL,
            id VARCHAR NOT NULL,
            post_id VARCHAR,
            parent_id VARCHAR,
            author_id VARCHAR,
            text VARCHAR,
            created_at TIMESTAMPTZ,
            likes BIGINT,
            replies BIGINT,
            source_id INTEGER NOT NULL,
            source_item BIGINT NOT NULL
        );
        CREATE TABLE quarantine (
            source_id INTEGER NOT NULL,
            item BIGINT NOT NULL,
            kind VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            raw VARCHAR,
            quarantined_at TIMESTAMPTZ NOT NULL
        );
        """,
            // 1 -> 2: text scores (incitement module), one row per scored text, keyed by record; text_hash and
        // scorer say what was scored, so a re-run scores only new or changed texts.
        """
        CREATE TABLE text_scores (
            platform VARCHAR NOT NULL,
            record_kind VARCHAR NOT NULL,
            record_id VARCHAR NOT NULL,
            text_hash UBIGINT NOT NULL,
            scorer VARCHAR NOT NULL,
            language VARCHAR NOT NULL,
            anger REAL NOT NULL,
            fear REAL NOT NULL,
            disgust REAL NOT NULL,
            sadness REAL NOT NULL,
            joy REAL NOT NULL,
            hostility REAL NOT NULL,
            incitement REAL NOT NULL,
            reasons VARCHAR NOT NULL
        );
        """,
        // 2 -> 3: each source's sampling kind (feed, search, account, census, simulated, unknown).
        """
        ALTER TABLE sources ADD COLUMN sampling VARCHAR DEFAULT 'unknown';
        """,
];
}
