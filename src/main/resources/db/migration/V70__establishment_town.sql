-- The support team's directory of schools: each school's town (commune), as the national directory
-- (Annuaire de l'éducation, column Nom_commune) writes it. NULL for schools registered before it was kept.
ALTER TABLE establishment ADD COLUMN town VARCHAR(100) NULL AFTER academie;

-- The directory's sort orders (name, town, académie), each ending in the primary key.
CREATE INDEX ix_establishment_name ON establishment (name, id);
CREATE INDEX ix_establishment_town ON establishment (town, id);
CREATE INDEX ix_establishment_academie ON establishment (academie, id);
