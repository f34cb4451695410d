Feature: Staff usernames
  A username is the first letter of the first name followed by the last name,
  in lower case and letters only, cut to eight characters.

  Scenario Outline: username for a new employee
    Given a new employee called "<name>"
    When the account is created
    Then the username is "<username>"

    Examples:
      | name             | username |
      | Barbara Liskov   | bliskov  |
      | Donald Knuth     | dknuth   |
      | John McCarthy    | jmccarth |
      | Rosa Parks-Ng    | rparksng |
      | Kim Ng           | kng      |
      | Mary Jane Watson | mwatson  |
