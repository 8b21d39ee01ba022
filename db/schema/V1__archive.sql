-- The archive's tables. Rows are derived from the sources under db/source by the
-- R__Import_sources Java migration; the web layer only reads them.

create table image (
    id          varchar(64)   not null primary key, -- content address: hex SHA-256 prefix
    file_name   varchar(255)  not null,
    media_type  varchar(100)  not null,
    width       integer       not null,
    height      integer       not null,
    sha256      char(64)      not null,
    variant_of  varchar(64)   references image (id), -- set on a resized rendition
    bytes       bytea         not null
);

create index image_variant_of on image (variant_of);

create table article (
    id             bigint         not null primary key, -- editorial short id, /a/{id}
    slug           varchar(200)   not null,
    published      date           not null,
    headline       varchar(1000)  not null,
    publisher      varchar(200)   not null,
    original_url   varchar(2000)  not null,
    section        varchar(200),
    source_name    varchar(500)   not null,
    source_sha256  char(64)       not null,
    import_sha256  char(64)       not null, -- source, metadata and photos: unchanged means skip
    constraint article_permalink unique (published, slug)
);

create table article_source (
    article_id  bigint  not null primary key references article (id),
    bytes       bytea   not null -- the source text, byte for byte
);

create table article_block (
    article_id   bigint          not null references article (id),
    position     integer         not null, -- anchor p{position}
    kind         varchar(20)     not null, -- PARAGRAPH, SUBHEADING, BULLET, PHOTO
    text         varchar(100000) not null, -- for a photo: the caption
    label        varchar(1000),
    credit       varchar(200),
    image_id     varchar(64)     references image (id),
    source_line  integer         not null,
    primary key (article_id, position)
);

create index article_block_image on article_block (image_id);

create table tag (
    slug  varchar(200)  not null primary key,
    name  varchar(200)  not null
);

create table article_tag (
    article_id  bigint        not null references article (id),
    position    integer       not null,
    tag_slug    varchar(200)  not null references tag (slug),
    primary key (article_id, position)
);

create index article_tag_tag on article_tag (tag_slug, article_id);
