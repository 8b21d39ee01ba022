-- Captures over time: when the archive took each text, and every earlier capture of an
-- original URL kept beside the newest (issue 15).

-- When the archive took the article's text: the metadata's archived:, as CaptureDate.iso()
-- writes it (an ISO date, or a date-time to the second with its offset). Rows imported
-- before this migration have none until the import that follows it in the same start
-- (the import's format version changed, so every source is read again) writes it.
alter table article add column archived varchar(40);

-- The original URL as web archives compare it (schema OriginalUrlKey): the captures of one
-- original URL share it. Written by the import, like archived.
alter table article add column original_key varchar(2100);
create index article_original_key on article (original_key);

-- Earlier captures: the sources of an original URL but its newest, which is the article
-- row (so lists, counts, feeds and the search index see one row per article). Each keeps
-- its own short id (/a/{id}), its text byte for byte and its blocks, and belongs to the
-- article whose original_key it shares.
create table capture (
    id             bigint         not null primary key, -- its own short id, /a/{id}
    original_key   varchar(2100)  not null,
    archived       varchar(40)    not null,
    published      date           not null,
    slug           varchar(200)   not null,
    headline       varchar(1000)  not null,
    publisher      varchar(200)   not null,
    original_url   varchar(2000)  not null,
    section        varchar(200),
    source_name    varchar(500)   not null,
    source_sha256  char(64)       not null,
    import_sha256  char(64)       not null -- unchanged means skip, as for an article
);

create index capture_original_key on capture (original_key);

create table capture_source (
    capture_id  bigint  not null primary key references capture (id),
    bytes       bytea   not null -- the source text, byte for byte
);

create table capture_block (
    capture_id   bigint          not null references capture (id),
    position     integer         not null, -- anchor p{position}
    kind         varchar(20)     not null,
    text         varchar(100000) not null,
    label        varchar(1000),
    credit       varchar(200),
    image_id     varchar(64)     references image (id),
    source_line  integer         not null,
    primary key (capture_id, position)
);

create index capture_block_image on capture_block (image_id);
