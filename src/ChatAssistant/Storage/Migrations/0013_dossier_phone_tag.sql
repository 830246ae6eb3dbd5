-- A list may give each dossier the phone number registered with it; residents are then asked for its last 4 digits
-- before the result is shown. Only a tag of those digits is kept (DossierPhoneCheck: HMAC-SHA256 under the service's
-- own key, sealed in tipoff_keys), never the number: the check needs nothing more. NULL: no number, no question.
ALTER TABLE dossiers ADD COLUMN phone_tag BLOB;
