-- Persons without a СНИЛС, by name and birth date. A record whose СНИЛС nobody holds can be only
-- one of them, so identifying it by name looks here: among the few without a СНИЛС rather than
-- among every namesake of a popular name.
CREATE INDEX person_without_snils ON registry.person (surname_norm, name_norm, patronymic_norm, birth_date)
    WHERE snils IS NULL AND merged_into IS NULL;
