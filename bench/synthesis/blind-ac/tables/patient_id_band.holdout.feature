Feature: Patient name band
  The first line shows the surname in capitals, a comma, the first name as it was typed
  and the date of birth as day/month/year in brackets. The second line shows the hospital
  number as H and seven digits, padded with zeros.

  Scenario Outline: printing a name band
    Given the patient's first name is "<first>"
    And their surname is "<surname>"
    And they were born on "<born>"
    And their hospital number is <number>
    When the name band is printed
    Then the first line reads "<line>"
    And the second line reads "<code>"

    Examples:
      | first | surname      | born       | number  | line                             | code     |
      | Ruth  | Adeyemi      | 1936-04-19 | 2718    | ADEYEMI, Ruth (19/04/1936)       | H0002718 |
      | Luca  | van Dam      | 2010-09-03 | 61      | VAN DAM, Luca (03/09/2010)       | H0000061 |
      | Aoife | Byrne        | 1999-12-31 | 7654321 | BYRNE, Aoife (31/12/1999)        | H7654321 |
      | Kwame | Mensah-Bonsu | 1964-07-04 | 300     | MENSAH-BONSU, Kwame (04/07/1964) | H0000300 |
      | Ellie | o'hara       | 2021-02-28 | 40506   | O'HARA, Ellie (28/02/2021)       | H0040506 |
      | Sam   | Lee          | 1955-03-10 | 8       | LEE, Sam (10/03/1955)            | H0000008 |
