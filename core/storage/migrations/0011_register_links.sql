-- Schema version 11: the register shows, beside a proposal referred to a parent circle, what became of it
-- there (issue 10). That lookup goes from a process to the processes continuing it; without an index it
-- read every process for every row of the register (a year's register took a second to print, a decade's
-- far longer).
CREATE INDEX consent_process_referred_from ON consent_process (referred_from_id);
