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
      | sales      | 42     | SAL-00042 |
      | finance    | 1      | FIN-00001 |
      | marketing  | 99999  | MAR-99999 |
      | Legal      | 123    | LEG-00123 |
      | purchasing | 5000   | PUR-05000 |
      | research   | 10     | RES-00010 |
      | Logistics  | 0      | LOG-00000 |
      | design     | 31415  | DES-31415 |
