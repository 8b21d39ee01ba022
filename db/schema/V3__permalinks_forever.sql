-- Permalinks forever: every address an article was ever published at answers, either
-- 301 to where the article lives now, or 410 if the article was withdrawn.

-- Earlier permalinks: given in the metadata (previous-slugs) or recorded by the import
-- when an article's date or slug changes.
create table old_permalink (
    published   date          not null,
    slug        varchar(200)  not null,
    article_id  bigint        not null,
    primary key (published, slug)
);

-- Articles withdrawn in their metadata: kept out of every page, list, feed and index,
-- so that their addresses can say they are gone and why.
create table withdrawn_article (
    id         bigint         not null primary key,
    published  date           not null,
    slug       varchar(200)   not null,
    headline   varchar(1000)  not null,
    reason     varchar(2000)  not null,
    constraint withdrawn_permalink unique (published, slug)
);
