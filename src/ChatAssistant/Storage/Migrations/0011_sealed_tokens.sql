-- Zalo tokens are kept sealed (TokenSeal: AES-256-GCM under TipOffs:EncryptionKey, bound to the account and column),
-- never in clear. SQL cannot seal, so the clear columns stay: the first start on this schema reads a row written by
-- an older version once, writes its tokens sealed and empties them (AccessTokens.LoadAsync), so an upgrade signs no
-- account out. Nothing writes them again.
ALTER TABLE official_accounts ADD COLUMN access_token_cipher BLOB;
ALTER TABLE official_accounts ADD COLUMN refresh_token_cipher BLOB;
ALTER TABLE official_accounts ADD COLUMN previous_refresh_token_cipher BLOB;
