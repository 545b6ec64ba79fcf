-- "OSCE" and "osce" are one organisation: its coordinators must see all its observers.
create unique index organisation_name_lower on organisation (lower(name));
