INSERT INTO Person(id, name, born) VALUES (NEXT VALUE FOR Person_SEQ, 'Ada Lovelace', 1815);
INSERT INTO Person(id, name, born) VALUES (NEXT VALUE FOR Person_SEQ, 'Alan Turing', 1912);
