-- Source register (issues 14 and 15): an outlet's default Admiralty grade and kind, used when a source
-- names an outlet (or an address on one of its domains) without a grade: review accepts, feeds and
-- imports. Articles and feeds keep their outlet; a grade left blank is decided by the register at accept.

CREATE TABLE source_register (
  id uuid PRIMARY KEY,
  -- the outlet as shown, e.g. "Le Monde"; key is its folded form (lower case, no accents or punctuation)
  name text NOT NULL,
  key text NOT NULL UNIQUE,
  -- other names and web domains it is known by, folded the same way ("lemonde.fr", "le monde.fr")
  aliases text[] NOT NULL DEFAULT '{}',
  kind text NOT NULL CHECK (kind IN ('field_report', 'press', 'official', 'social', 'other')),
  -- wire, national, regional, union, official, foreign, other: why the grade, for the reader
  category text NOT NULL DEFAULT 'other',
  reliability text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  -- credibility of a single report from it, before corroboration by other outlets
  credibility integer NOT NULL DEFAULT 3 CHECK (credibility BETWEEN 1 AND 6),
  notes text,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE articles ADD COLUMN outlet text;
-- A blank grade means "ask the register at accept".
ALTER TABLE articles ALTER COLUMN reliability DROP NOT NULL;
ALTER TABLE articles ALTER COLUMN reliability DROP DEFAULT;
ALTER TABLE articles ALTER COLUMN credibility DROP NOT NULL;
ALTER TABLE articles ALTER COLUMN credibility DROP DEFAULT;

ALTER TABLE feeds ADD COLUMN outlet text;
ALTER TABLE feeds ALTER COLUMN reliability DROP NOT NULL;
ALTER TABLE feeds ALTER COLUMN reliability DROP DEFAULT;
ALTER TABLE feeds ALTER COLUMN credibility DROP NOT NULL;
ALTER TABLE feeds ALTER COLUMN credibility DROP DEFAULT;

-- Defaults (docs/review.md, "Source register"): wires and national dailies B, regional dailies and
-- union statements C, ministries and prosecutors A (official), unknown outlets F until graded.
INSERT INTO source_register (id, name, key, aliases, kind, category, reliability, credibility) VALUES
  ('5e6d0001-0000-4000-8000-000000000001', 'AFP', 'afp', '{"agence france presse","agence france-presse","afp.com"}', 'press', 'wire', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000002', 'Reuters', 'reuters', '{"reuters.com","thomson reuters"}', 'press', 'wire', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000003', 'Associated Press', 'associated press', '{"ap","apnews.com","the associated press"}', 'press', 'wire', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000004', 'Le Monde', 'le monde', '{"lemonde.fr","lemonde"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000005', 'Le Figaro', 'le figaro', '{"lefigaro.fr","lefigaro"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000006', 'Le Parisien', 'le parisien', '{"leparisien.fr","aujourd hui en france"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000007', 'Libération', 'liberation', '{"liberation.fr","libe"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000008', 'Ouest-France', 'ouest france', '{"ouest-france.fr","ouestfrance"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000009', 'La Provence', 'la provence', '{"laprovence.com"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000010', 'Var-Matin', 'var matin', '{"varmatin.com","var matin"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000011', 'Nice-Matin', 'nice matin', '{"nicematin.com"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000012', 'Le Dauphiné libéré', 'le dauphine libere', '{"ledauphine.com","le dauphine"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000013', 'L''Est républicain', 'l est republicain', '{"estrepublicain.fr","est republicain"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000014', 'La Voix du Nord', 'la voix du nord', '{"lavoixdunord.fr"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000015', 'Sud Ouest', 'sud ouest', '{"sudouest.fr"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000016', 'Le Progrès', 'le progres', '{"leprogres.fr"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000017', 'La Dépêche du Midi', 'la depeche du midi', '{"ladepeche.fr","la depeche"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000018', 'Actu.fr', 'actu fr', '{"actu.fr"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000019', 'France Bleu', 'france bleu', '{"francebleu.fr","ici"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000020', 'France 3 Régions', 'france 3 regions', '{"france3-regions.francetvinfo.fr","france 3"}', 'press', 'regional', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000021', 'franceinfo', 'franceinfo', '{"francetvinfo.fr","france info"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000022', 'BFMTV', 'bfmtv', '{"bfmtv.com","bfm tv"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000023', 'TF1 Info', 'tf1 info', '{"tf1info.fr","tf1"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000024', 'Le Point', 'le point', '{"lepoint.fr"}', 'press', 'national', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000025', 'CNN', 'cnn', '{"cnn.com","edition.cnn.com"}', 'press', 'foreign', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000026', 'BBC News', 'bbc news', '{"bbc","bbc.com","bbc.co.uk"}', 'press', 'foreign', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000027', 'The Guardian', 'the guardian', '{"theguardian.com","guardian"}', 'press', 'foreign', 'B', 3),
  ('5e6d0001-0000-4000-8000-000000000028', 'UFAP-UNSa Justice', 'ufap unsa justice', '{"ufap","ufap unsa"}', 'other', 'union', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000029', 'FO Justice', 'fo justice', '{"force ouvriere justice","fo penitentiaire"}', 'other', 'union', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000030', 'CGT Pénitentiaire', 'cgt penitentiaire', '{"cgt insertion probation","cgt pen"}', 'other', 'union', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000031', 'SPS Pénitentiaire', 'sps penitentiaire', '{"syndicat pénitentiaire des surveillants"}', 'other', 'union', 'C', 3),
  ('5e6d0001-0000-4000-8000-000000000032', 'Ministère de la Justice', 'ministere de la justice', '{"justice.gouv.fr","garde des sceaux","chancellerie"}', 'official', 'official', 'A', 2),
  ('5e6d0001-0000-4000-8000-000000000033', 'Ministère de l''Intérieur', 'ministere de l interieur', '{"interieur.gouv.fr","place beauvau"}', 'official', 'official', 'A', 2),
  ('5e6d0001-0000-4000-8000-000000000034', 'Parquet national antiterroriste', 'parquet national antiterroriste', '{"pnat"}', 'official', 'official', 'A', 2),
  ('5e6d0001-0000-4000-8000-000000000035', 'Parquet (communiqué)', 'parquet', '{"procureur de la republique","communique du parquet"}', 'official', 'official', 'B', 2),
  ('5e6d0001-0000-4000-8000-000000000036', 'Direction de l''administration pénitentiaire', 'direction de l administration penitentiaire', '{"dap","administration penitentiaire"}', 'official', 'official', 'A', 2);
