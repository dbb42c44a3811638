-- Which declaration each official declared a meeting by (NULL for imported meetings): a meeting declared by several
-- officials is one record made from all their declarations, so that withholding one of them, or amending it to
-- another meeting, takes exactly its part out of the public record.
ALTER TABLE meeting_official ADD COLUMN declaration_id BIGINT NULL;
ALTER TABLE meeting_official ADD CONSTRAINT fk_meeting_official_declaration
    FOREIGN KEY (declaration_id) REFERENCES declaration (id);
CREATE INDEX ix_meeting_official_declaration ON meeting_official (declaration_id);

-- the declarant of each meeting declared so far
UPDATE meeting_official mo
    JOIN meeting m ON m.id = mo.meeting_id
    JOIN declaration d ON d.id = m.declaration_id
SET mo.declaration_id = d.id
WHERE d.person_id = mo.person_id;
