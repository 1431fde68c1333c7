"""Facebook Lead Ads: the company's Page, its ads, and their leads pulled into campaigns."""
