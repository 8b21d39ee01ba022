-- What the import last saw of each source file: a restart compares a file's size and
-- modification time with these and reads only the files that differ (see SourceLibrary).
create table source_file (
    location        varchar(1000)  not null, -- the source location, as configured
    name            varchar(1000)  not null, -- the path below it
    size_bytes      bigint         not null,
    modified_nanos  bigint         not null,
    sha256          char(64)       not null,
    primary key (location, name)
);
