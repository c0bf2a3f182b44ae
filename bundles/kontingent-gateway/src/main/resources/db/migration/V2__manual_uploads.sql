-- Files officials upload by hand (Excel, XML) come through the same queue as providers'
-- packages, under one built-in provider. Such a package may write only to organizations within
-- the scope of the official who uploaded it, kept with the package.
INSERT INTO gateway.provider (code, name, operator, passport)
VALUES ('manual-upload', 'Ручная загрузка', 'Пользователи системы', '{"direction": "в Систему", "transport": "загрузка файла в консоли"}')
ON CONFLICT (code) DO NOTHING;

ALTER TABLE gateway.package
    ADD COLUMN uploader_scope_kind text CHECK (uploader_scope_kind IN ('REGION', 'AUTHORITY', 'ORGANIZATION')),
    ADD COLUMN uploader_scope_id   bigint,
    ADD CHECK ((uploader_scope_kind = 'REGION') = (uploader_scope_id IS NULL) OR uploader_scope_kind IS NULL);
CREATE INDEX package_uploader_scope ON gateway.package (uploader_scope_kind, uploader_scope_id) WHERE uploader_scope_kind IS NOT NULL;
