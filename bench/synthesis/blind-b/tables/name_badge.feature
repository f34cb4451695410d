Feature: Conference name badges

  Scenario Outline: printing a badge
    Given the attendee's first name is "<first>"
    And the attendee's last name is "<last>"
    When the badge is printed
    Then the badge reads "<badge>"

    Examples:
      | first | last     | badge         |
      | Jane  | Doe      | DOE, Jane     |
      | omar  | Haddad   | HADDAD, Omar  |
      | LUCIA | Ferri    | FERRI, Lucia  |
      | Sam   | van Dijk | VAN DIJK, Sam |
      | Li    | Wei      | WEI, Li       |
