-- Annual lobbying returns (law 4829/2021) on the shared declaration lifecycle. A declaration is filed by one
-- declarant: a person (an official's asset, interest and meeting declarations), an organisation (an interest
-- representative's annual return of its influence activities) or an institution (its annual declaration of the
-- lobbying it received, filed in May for the previous year). Exactly one of the three is set.
ALTER TABLE declaration MODIFY person_id BIGINT NULL,
    ADD COLUMN organisation_id BIGINT NULL AFTER person_id,
    ADD COLUMN institution_id BIGINT NULL AFTER organisation_id,
    ADD CONSTRAINT fk_declaration_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    ADD CONSTRAINT fk_declaration_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    ADD CONSTRAINT ck_declaration_one_declarant CHECK (
        (person_id IS NOT NULL) + (organisation_id IS NOT NULL) + (institution_id IS NOT NULL) = 1);

-- one return of each type per declarant and year: a change is an amendment of it, not a second return
ALTER TABLE declaration ADD CONSTRAINT uq_declaration_organisation_year
        UNIQUE (organisation_id, declaration_type, period_year),
    ADD CONSTRAINT uq_declaration_institution_year UNIQUE (institution_id, declaration_type, period_year);
