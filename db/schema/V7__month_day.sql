-- On this day: the articles of one calendar day across the years, newest first. The
-- import writes month_day = month * 100 + day of the publication date (schema MonthDay);
-- (month_day, sort_key) lets a page of that list be read from the index in order, as a
-- tag's page is read from (tag_slug, sort_key), however many articles the archive holds.

alter table article add column month_day integer not null default 0;
-- The rows a file database already holds, imported before this column existed.
update article set month_day = extract(month from published) * 100 + extract(day from published);
create index article_month_day on article (month_day, sort_key);
