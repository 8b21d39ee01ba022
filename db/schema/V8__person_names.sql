-- Every way the people registry names a person (the name and each alias), keyed as a
-- search reads a name: lower case, accents and other diacritics folded, apostrophes
-- dropped, hyphens and other punctuation as spaces. A search that names a person then
-- finds the person in one index lookup. The import fills it from the registry.
create table person_name (
    name_key     varchar(200)  not null,
    person_slug  varchar(200)  not null references person (slug),
    name         varchar(200)  not null,
    primary key (name_key, person_slug)
);
