Feature: Wedding place cards

  Scenario Outline: printing a place card
    Given the guest list says "<listed>"
    When the place card is printed
    Then the card reads "<card>"
    And the napkin ring shows "<initials>"

    Examples:
      | listed               | card                | initials |
      | jones, amy           | Amy Jones           | AJ       |
      | KOWALSKI, ANNA MARIA | Anna Maria Kowalski | AMK      |
      | lee,kim              | Kim Lee             | KL       |
      | van dijk, ruud       | Ruud Van Dijk       | RVD      |
      | fischer , Lena       | Lena Fischer        | LF       |
      | ADAMS, jo            | Jo Adams            | JA       |
