-- The fit (issue 14): Fit_Score__c (0-100, one decimal; blank without a fit) and Fit_Tier__c (Strong, Moderate, Weak, Unknown).
ALTER TABLE ts_account ADD COLUMN fit_score DOUBLE PRECISION;
ALTER TABLE ts_account ADD COLUMN fit_tier VARCHAR(20);
