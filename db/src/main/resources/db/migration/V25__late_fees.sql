-- Late-filing fees by band of days late, per category of obliged persons: "1-30:50; 31-60:100; 61-:200" reads
-- EUR 50 for 1 to 30 days late, EUR 100 for 31 to 60, EUR 200 from 61 on; empty means the category pays none.
-- The fee of a filing is computed from its lateness whenever it is read, never stored: a deadline extended
-- afterwards clears it, as it clears the lateness. An ADMIN sets the bands as the law sets them.
ALTER TABLE category_policy ADD COLUMN late_fee_bands VARCHAR(200) NOT NULL DEFAULT '1-30:50; 31-60:100; 61-:200'
    AFTER interests_published;
