-- Engagement__c and Decision_Chain__c (issue 18): TierSync's values as the org holds them.
ALTER TABLE ts_account ADD COLUMN engagement VARCHAR(20);
ALTER TABLE ts_account ADD COLUMN decision_chain VARCHAR(20);
