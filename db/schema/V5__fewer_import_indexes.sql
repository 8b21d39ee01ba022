-- The index on article_tag (tag_slug, article_id) serves no query since V2 added
-- (tag_slug, sort_key), which also serves the foreign key to tag; every index costs the
-- import a write per row.
drop index article_tag_tag;
