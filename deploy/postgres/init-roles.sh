#!/usr/bin/env bash
# Runs once, when the postgres container first creates its data folder: the archive's
# database, owned by the role that migrates and imports, and a serving role that may
# only read whatever the owner creates there, and create nothing, not even a temporary
# table (README, Running in production).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role archive_owner login password '${ARCHIVE_OWNER_PASSWORD}';
create role archive_reader login password '${ARCHIVE_READER_PASSWORD}';
create database archive owner archive_owner;
revoke temporary on database archive from public;
\connect archive
revoke create on schema public from public;
alter default privileges for role archive_owner in schema public grant select on tables to archive_reader;
SQL
