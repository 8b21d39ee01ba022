-- H2 only (the postgres profile leaves db/h2 out; there the operator makes the roles):
-- the user the web layer connects as, as the serving role on PostgreSQL. A grant on the
-- schema covers its tables, those of later migrations too. Repeatable and idempotent,
-- so it needs no version of its own and runs once on a file database from before it.
-- The password guards nothing: the database lives in the JVM or in a local file.
create user if not exists archive_reader password '';
grant select on schema public to archive_reader;
