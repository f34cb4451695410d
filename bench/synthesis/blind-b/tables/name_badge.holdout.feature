Feature: Conference name badges

  Scenario Outline: printing a badge
    Given the attendee's first name is "<first>"
    And the attendee's last name is "<last>"
    When the badge is printed
    Then the badge reads "<badge>"

    Examples:
      | first | last     | badge          |
      | Priya | Patel    | PATEL, Priya   |
      | tom   | Berg     | BERG, Tom      |
      | ANNA  | de Vries | DE VRIES, Anna |
      | Kofi  | Mensah   | MENSAH, Kofi   |
