// Purpose: topics are unique by id.
// Parameters: none.
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE;
