-- Serious incidents (serious injury, feminicidio) are recorded by the unit and confirmed by the regional unit.
ALTER TABLE incident ADD COLUMN confirmed_at timestamptz;
ALTER TABLE incident ADD COLUMN confirmed_by varchar(80);
ALTER TABLE incident ADD CONSTRAINT incident_confirmation_complete
    CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL));
