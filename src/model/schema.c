/* The schema as a list of migrations keyed by PRAGMA user_version. Never
 * edit a shipped migration: add the next one. */
#include "config.h"

#include "presstime/states.h"
#include "presstime/str.h"
#include "internal.h"

static struct db_migration migrations[] = {
	{ 1,
	"CREATE TABLE person ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL,"
	" login TEXT UNIQUE,"
	" kind TEXT NOT NULL DEFAULT 'source'"
	"  CHECK (kind IN ('staff','source','organization')),"
	" affiliation TEXT,"
	" contact TEXT,"
	" created_at INTEGER NOT NULL);"
	"CREATE INDEX person_name ON person(name COLLATE NOCASE);"

	"CREATE TABLE story ("
	" id INTEGER PRIMARY KEY,"
	" slug TEXT NOT NULL UNIQUE,"
	" headline TEXT NOT NULL,"
	" dek TEXT,"
	" budget_line TEXT,"
	" words INTEGER NOT NULL DEFAULT 0,"
	" art TEXT,"
	" desk TEXT NOT NULL DEFAULT 'news',"
	" status TEXT NOT NULL DEFAULT 'pitched',"
	" held_from TEXT,"
	" priority TEXT NOT NULL DEFAULT 'routine'"
	"  CHECK (priority IN ('flash','urgent','routine','deferred')),"
	" prio_rank INTEGER GENERATED ALWAYS AS"
	"  (CASE priority WHEN 'flash' THEN 0 WHEN 'urgent' THEN 1"
	"   WHEN 'routine' THEN 2 ELSE 3 END) VIRTUAL,"
	" editor TEXT,"
	" deadline INTEGER,"
	" due_key INTEGER GENERATED ALWAYS AS"
	"  (coalesce(deadline, 9223372036854775807)) VIRTUAL,"
	" embargo INTEGER,"
	" published_at INTEGER,"
	" url TEXT,"
	" needs_update INTEGER NOT NULL DEFAULT 0,"
	" created_at INTEGER NOT NULL,"
	" updated_at INTEGER NOT NULL,"
	" updated_by TEXT,"
	" version INTEGER NOT NULL DEFAULT 1);"
	"CREATE INDEX story_due ON story(due_key, prio_rank, slug);"
	"CREATE INDEX story_prio ON story(prio_rank, due_key, slug);"
	"CREATE INDEX story_updated ON story(updated_at, slug);"
	"CREATE INDEX story_status ON story(status, due_key, slug);"
	"CREATE INDEX story_desk ON story(desk, due_key, slug);"
	"CREATE INDEX story_editor ON story(editor);"

	"CREATE TABLE credit ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" person_id INTEGER NOT NULL REFERENCES person(id),"
	" role TEXT NOT NULL CHECK (role IN"
	"  ('byline','contributor','editor','photo','research')),"
	" ord INTEGER NOT NULL,"
	" UNIQUE (story_id, person_id, role));"
	"CREATE INDEX credit_person ON credit(person_id);"

	"CREATE TABLE entry ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" occurred_at INTEGER NOT NULL,"
	" logged_at INTEGER NOT NULL,"
	" logged_by TEXT NOT NULL,"
	" kind TEXT NOT NULL CHECK (kind IN ('event','statement','document',"
	"  'note','rfc','status','correction')),"
	" body TEXT NOT NULL,"
	" source TEXT,"
	" url TEXT,"
	" amends INTEGER REFERENCES entry(id));"
	"CREATE INDEX entry_story ON entry(story_id, occurred_at, id);"

	"CREATE TABLE rfc ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" person_id INTEGER NOT NULL REFERENCES person(id),"
	" channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN"
	"  ('email','phone','social','in person','other')),"
	" asked_at INTEGER NOT NULL,"
	" asked_by TEXT NOT NULL,"
	" due_at INTEGER,"
	" attempts INTEGER NOT NULL DEFAULT 1,"
	" state TEXT NOT NULL DEFAULT 'open' CHECK (state IN"
	"  ('open','answered','declined','promised','lapsed')),"
	" answer TEXT,"
	" answered_at INTEGER,"
	" promised_by INTEGER,"
	" lapsed_at INTEGER);"
	"CREATE INDEX rfc_story ON rfc(story_id, state);"
	"CREATE INDEX rfc_open_due ON rfc(state, due_at);"

	"CREATE TABLE status_change ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" from_state TEXT,"
	" to_state TEXT NOT NULL,"
	" at INTEGER NOT NULL,"
	" by TEXT NOT NULL,"
	" note TEXT);"
	"CREATE INDEX status_change_story ON status_change(story_id, id);"

	"CREATE TABLE draft ("
	" id INTEGER PRIMARY KEY,"
	" login TEXT NOT NULL,"
	" slug TEXT,"
	" context TEXT NOT NULL,"
	" body TEXT NOT NULL,"
	" saved_at INTEGER NOT NULL);"
	"CREATE INDEX draft_login ON draft(login, id);"

	/* One FTS5 table for all text; rowid = source id * 4 + source type
	 * (0 story, 1 entry, 2 rfc answer) so triggers delete by rowid. */
	"CREATE VIRTUAL TABLE fts USING fts5(body, story_id UNINDEXED,"
	" tokenize = 'unicode61 remove_diacritics 2');"
	"CREATE TRIGGER story_fts_ai AFTER INSERT ON story BEGIN"
	" INSERT INTO fts(rowid, body, story_id) VALUES (new.id * 4,"
	"  new.slug || ' ' || new.headline || ' ' || coalesce(new.dek, '')"
	"  || ' ' || coalesce(new.budget_line, ''), new.id); END;"
	"CREATE TRIGGER story_fts_au AFTER UPDATE OF slug, headline, dek,"
	" budget_line ON story BEGIN"
	" DELETE FROM fts WHERE rowid = old.id * 4;"
	" INSERT INTO fts(rowid, body, story_id) VALUES (new.id * 4,"
	"  new.slug || ' ' || new.headline || ' ' || coalesce(new.dek, '')"
	"  || ' ' || coalesce(new.budget_line, ''), new.id); END;"
	"CREATE TRIGGER story_fts_ad AFTER DELETE ON story BEGIN"
	" DELETE FROM fts WHERE rowid = old.id * 4; END;"
	"CREATE TRIGGER entry_fts_ai AFTER INSERT ON entry BEGIN"
	" INSERT INTO fts(rowid, body, story_id) VALUES (new.id * 4 + 1,"
	"  new.body || ' ' || coalesce(new.source, ''), new.story_id); END;"
	"CREATE TRIGGER entry_fts_ad AFTER DELETE ON entry BEGIN"
	" DELETE FROM fts WHERE rowid = old.id * 4 + 1; END;"
	"CREATE TRIGGER rfc_fts_ai AFTER INSERT ON rfc"
	" WHEN new.answer IS NOT NULL BEGIN"
	" INSERT INTO fts(rowid, body, story_id) VALUES (new.id * 4 + 2,"
	"  new.answer, new.story_id); END;"
	"CREATE TRIGGER rfc_fts_au AFTER UPDATE OF answer ON rfc BEGIN"
	" DELETE FROM fts WHERE rowid = old.id * 4 + 2;"
	" INSERT INTO fts(rowid, body, story_id) SELECT new.id * 4 + 2,"
	"  new.answer, new.story_id WHERE new.answer IS NOT NULL; END;"
	"CREATE TRIGGER rfc_fts_ad AFTER DELETE ON rfc BEGIN"
	" DELETE FROM fts WHERE rowid = old.id * 4 + 2; END;"
	},
	/* Every filter term answered from an index (tests/unit/test_plan.c).
	 * desk: compares case-blind, so its index must collate the same way
	 * or SQLite cannot use it (desk:X walked every story); the stored
	 * desk stays as typed. editor: and desk: carry the default order's
	 * keys so a page needs no sort; needs:update is a handful of rows. */
	{ 2,
	"DROP INDEX story_desk;"
	"CREATE INDEX story_desk ON story(desk COLLATE NOCASE, due_key,"
	" prio_rank, slug);"
	"DROP INDEX story_editor;"
	"CREATE INDEX story_editor ON story(editor, due_key, prio_rank, slug);"
	"CREATE INDEX story_needs_update ON story(needs_update, due_key,"
	" prio_rank, slug)"
	" WHERE needs_update = 1;"
	},
	/* The press-time record: newsroom-wide settings (the time zone every
	 * process shows times in), the end notes as they ran (one row per
	 * publication, correction, writethru or kill; never rebuilt), and
	 * the correction and kill notices an editor wrote. */
	{ 3,
	"CREATE TABLE setting ("
	" key TEXT PRIMARY KEY,"
	" value TEXT NOT NULL,"
	" set_at INTEGER NOT NULL,"
	" set_by TEXT NOT NULL);"

	"CREATE TABLE notice ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" kind TEXT NOT NULL CHECK (kind IN ('correction','kill')),"
	" body TEXT NOT NULL,"
	" at INTEGER NOT NULL,"
	" by TEXT NOT NULL);"
	"CREATE INDEX notice_story ON notice(story_id, id);"

	"CREATE TABLE notes_snapshot ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" taken_at INTEGER NOT NULL,"
	" taken_by TEXT NOT NULL,"
	" reason TEXT NOT NULL CHECK (reason IN"
	"  ('published','corrected','writethru','killed')),"
	" zone TEXT NOT NULL,"
	" body TEXT NOT NULL);"
	"CREATE INDEX notes_snapshot_story ON notes_snapshot(story_id, id);"
	/* ls --sort needs walks this rather than sorting the newsroom. */
	"CREATE INDEX story_needs ON story((1 - needs_update), due_key, slug);"
	/* rfc:overdue and rfc:broken find promises past due by this. */
	"CREATE INDEX rfc_promised_by ON rfc(state, promised_by);"
	/* A snapshot is what ran: nothing may change it afterwards. */
	"CREATE TRIGGER notes_snapshot_frozen BEFORE UPDATE ON notes_snapshot"
	" BEGIN SELECT RAISE(ABORT, 'end-notes snapshots are never changed');"
	" END;"
	},
	/* The history (issue 9): every change, chained with the timeline
	 * (chain.c seals the rows this copies and any before it). */
	{ 4,
	"CREATE TABLE change ("
	" id INTEGER PRIMARY KEY,"
	" story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,"
	" at INTEGER NOT NULL,"
	" by TEXT NOT NULL,"
	" field TEXT NOT NULL,"
	" old_value TEXT,"
	" new_value TEXT,"
	" note TEXT,"
	" ref INTEGER,"
	" batch INTEGER,"
	" undoes INTEGER REFERENCES change(id),"
	" imported INTEGER NOT NULL DEFAULT 0,"
	" prev_hash TEXT,"
	" hash TEXT);"
	"CREATE INDEX change_story ON change(story_id, field, id);"
	"CREATE INDEX change_by ON change(by, id);"
	"CREATE INDEX change_batch ON change(batch) WHERE batch IS NOT NULL;"
	"CREATE INDEX change_undoes ON change(undoes) WHERE undoes IS NOT NULL;"
	"INSERT INTO change (story_id, at, by, field, old_value, new_value,"
	" note) SELECT story_id, at, by, CASE WHEN from_state IS NULL THEN"
	" 'created' ELSE 'status' END, from_state, to_state, note"
	" FROM status_change ORDER BY id;"
	"ALTER TABLE entry ADD COLUMN imported_by TEXT;"
	"ALTER TABLE entry ADD COLUMN imported_at INTEGER;"
	"ALTER TABLE entry ADD COLUMN orig_by TEXT;"
	"ALTER TABLE entry ADD COLUMN prev_hash TEXT;"
	"ALTER TABLE entry ADD COLUMN hash TEXT;"
	/* The end notes as they ran join the chain: their frozen trigger
	 * now guards what they say, and a hash once set. */
	"ALTER TABLE notes_snapshot ADD COLUMN prev_hash TEXT;"
	"ALTER TABLE notes_snapshot ADD COLUMN hash TEXT;"
	"DROP TRIGGER notes_snapshot_frozen;"
	"CREATE TRIGGER notes_snapshot_frozen BEFORE UPDATE OF story_id,"
	" taken_at, taken_by, reason, zone, body ON notes_snapshot"
	" BEGIN SELECT RAISE(ABORT, 'end-notes snapshots are never changed');"
	" END;"
	"CREATE TRIGGER notes_snapshot_sealed BEFORE UPDATE OF prev_hash, hash"
	" ON notes_snapshot WHEN old.hash IS NOT NULL"
	" BEGIN SELECT RAISE(ABORT, 'end-notes snapshots are never changed');"
	" END;"
	},
	/* Sessions and presence (issue 10): every row a write leaves says
	 * which process wrote it (desk_session), so a TUI tells its user's
	 * other windows from itself; the session is not part of the hash
	 * chain (chain.c lists the columns it covers): it says which
	 * window typed, not what the record says. A story's
	 * updated_session names the writer of its last version, as
	 * updated_by does. presence is who has
	 * what open, one row per live TUI, rewritten by its heartbeat and
	 * meaning nothing once older than a minute; story_id NULL: the
	 * queue. No foreign key on story_id: a story removed under a
	 * reader leaves a row that names nothing and ages out. */
	{ 5,
	"ALTER TABLE change ADD COLUMN session TEXT;"
	"ALTER TABLE entry ADD COLUMN session TEXT;"
	"ALTER TABLE status_change ADD COLUMN session TEXT;"
	"ALTER TABLE rfc ADD COLUMN session TEXT;"
	"ALTER TABLE story ADD COLUMN updated_session TEXT;"
	"CREATE TABLE presence ("
	" session TEXT PRIMARY KEY,"
	" login TEXT NOT NULL,"
	" name TEXT,"
	" story_id INTEGER,"
	" doing TEXT,"
	" seen_at INTEGER NOT NULL);"
	"CREATE INDEX presence_seen ON presence(seen_at);"
	},
	/* Alerts (issue 10): which user was told of which event, so a
	 * user's notify_command runs once however many windows they have
	 * open. The events themselves are computed, never stored. */
	{ 6,
	"CREATE TABLE alert_sent ("
	" login TEXT NOT NULL,"
	" key TEXT NOT NULL,"
	" at INTEGER NOT NULL,"
	" PRIMARY KEY (login, key)) WITHOUT ROWID;"
	},
	/* The live queue (issue 10): story.live is 1 for work not finished
	 * (the states without WF_DONE in states.h) or needing an update,
	 * and story_live holds those rows alone in the default order, so
	 * the queue's default limit (the `live` term, s.live = 1) is a
	 * walk of the live stories however big the archive. The SQL is
	 * built from states.h (live_sql below): a change to WF_DONE needs
	 * a migration that makes the column again. */
	{ 7, NULL },
	/* The urgency sort from an index (issue 12): story.ugroup files
	 * each story by the part of its urgency that does not change with
	 * the time (story_ugroup_sql, from states.h), and story_urgency
	 * holds each group in (due_key, slug) order, which is urgency
	 * order within a group; a page merges the groups' walks
	 * (story_merge.c). A change to the states' flags needs a migration
	 * that makes the column again. */
	{ 8, NULL },
};

/* Migration 7's text: the live states spelled from states.h. */
static const char *
live_sql(void)
{
#define LIVE_ROW(id, name, help, moves, flags, attrs) { name, flags },
	static const struct {
		const char *name;
		int flags;
	} rows[] = { WORKFLOW_STATES(LIVE_ROW) };
#undef LIVE_ROW
	static char *sql;
	struct pt_str q = PT_STR_INIT;
	int n = 0;

	if (sql != NULL)
		return sql;
	pt_str_add(&q, "ALTER TABLE story ADD COLUMN live INTEGER GENERATED "
	    "ALWAYS AS (CASE WHEN needs_update = 1 OR status IN (");
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if ((rows[i].flags & WF_DONE) == 0)
			pt_str_addf(&q, "%s'%s'", n++ ? ", " : "",
			    rows[i].name);
	pt_str_add(&q, ") THEN 1 ELSE 0 END) VIRTUAL;"
	    "CREATE INDEX story_live ON story(live, due_key, prio_rank, slug)"
	    " WHERE live = 1;");
	sql = pt_str_steal(&q);
	pt_str_done(&q);
	return sql;
}

/* Migration 8's text. */
static const char *
ugroup_sql(void)
{
	static char *sql;
	struct pt_str q = PT_STR_INIT;

	if (sql != NULL)
		return sql;
	pt_str_addf(&q, "ALTER TABLE story ADD COLUMN ugroup INTEGER "
	    "GENERATED ALWAYS AS (%s) VIRTUAL;"
	    "CREATE INDEX story_urgency ON story(ugroup, due_key, slug);",
	    story_ugroup_sql());
	sql = pt_str_steal(&q);
	pt_str_done(&q);
	return sql;
}

const struct db_migration *
db_migrations(int *n)
{
	*n = (int)(sizeof migrations / sizeof migrations[0]);
	for (int i = 0; i < *n; i++)
		if (migrations[i].version == 7 && migrations[i].sql == NULL)
			migrations[i].sql = live_sql();
		else if (migrations[i].version == 8 &&
		    migrations[i].sql == NULL)
			migrations[i].sql = ugroup_sql();
	return migrations;
}
