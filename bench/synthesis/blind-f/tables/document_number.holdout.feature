Feature: Document numbers in the office
  A document number is the first three letters of the department in capitals,
  a hyphen, and the sequence number padded with zeros to five digits.

  Scenario Outline: number for a new document
    Given the "<department>" department
    And sequence number <number>
    When a document number is issued
    Then the document number is "<code>"

    Examples:
      | department | number | code      |
      | operations | 7      | OPE-00007 |
      | Training   | 2048   | TRA-02048 |
      | security   | 88888  | SEC-88888 |
      | Quality    | 300    | QUA-00300 |
      | archive    | 65     | ARC-00065 |
