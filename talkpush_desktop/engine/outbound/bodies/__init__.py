"""The request bodies of company campaigns and leads, checked with the seed's strictness:
``fields`` (Joi-style checks gathering every failure by path), ``campaign_body`` (create and
update), ``job_details`` (the purpose's block) and ``lead_files`` (leads pasted or read from
a file as the add body)."""
