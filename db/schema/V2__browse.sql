-- Browsing by tag, person and date, at any archive size: every list query reads an
-- index range in order. sort_key = epoch day * 10^10 + article id orders articles
-- newest first in one column, so a page after a cursor is a range scan (keyset paging).

alter table article add column sort_key bigint not null default 0;
alter table article add column summary varchar(100000);
alter table article add column thumbnail_id varchar(64);
create index article_sort on article (sort_key);

alter table article_tag add column sort_key bigint not null default 0;
create index article_tag_sort on article_tag (tag_slug, sort_key);

alter table tag add column article_count integer not null default 0;

create table person (
    slug           varchar(200)   not null primary key,
    name           varchar(200)   not null,
    role           varchar(500)   not null,
    article_count  integer        not null default 0,
    mention_count  integer        not null default 0
);

-- A mention of a person in a block's text, by character offsets into that text.
create table mention (
    article_id    bigint        not null references article (id),
    position      integer       not null,
    start_offset  integer       not null,
    end_offset    integer       not null,
    person_slug   varchar(200)  not null,
    primary key (article_id, position, start_offset)
);

-- People named in a photo's label line.
create table photo_person (
    article_id   bigint        not null references article (id),
    position     integer       not null,
    person_slug  varchar(200)  not null,
    sort_key     bigint        not null,
    primary key (article_id, position, person_slug)
);

create index photo_person_sort on photo_person (person_slug, sort_key, position);

create table quote (
    article_id   bigint           not null references article (id),
    position     integer          not null,
    ordinal      integer          not null,
    speaker      varchar(500)     not null,
    person_slug  varchar(200),
    text         varchar(100000)  not null,
    sort_key     bigint           not null,
    primary key (article_id, position, ordinal)
);

create index quote_person_sort on quote (person_slug, sort_key, position, ordinal);

-- The articles a person appears in (text or photos), with how often the text names them.
create table person_article (
    person_slug  varchar(200)  not null,
    article_id   bigint        not null references article (id),
    sort_key     bigint        not null,
    mentions     integer       not null,
    primary key (person_slug, article_id)
);

create index person_article_sort on person_article (person_slug, sort_key);

-- Articles per month, for the coverage charts; kind is TAG, PERSON or ALL.
create table coverage (
    kind      varchar(10)   not null,
    key_slug  varchar(200)  not null,
    year_number   integer   not null,
    month_number  integer   not null,
    articles  integer       not null,
    primary key (kind, key_slug, year_number, month_number)
);
