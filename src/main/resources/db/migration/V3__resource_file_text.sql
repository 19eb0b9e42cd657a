-- The text inside each resource file (PDF, DOCX, XLSX, ODT, ODS, CSV), extracted once at import by
-- Apache Tika and kept for the search index; at most 100,000 characters per file.
alter table resource_file add column text_content varchar(100000);
