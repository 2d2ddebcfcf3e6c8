INSERT INTO Person (id, name) VALUES (1, 'Ada');
INSERT INTO Person (id, name) VALUES (2, 'Grace');
ALTER SEQUENCE Person_SEQ RESTART WITH 100;
