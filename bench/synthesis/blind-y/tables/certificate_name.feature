Feature: Name on a certificate
  Certificates show the first name as it is written, each middle name as its initial with
  a full stop, and the surname in capitals.

  Scenario Outline: printing a name on a certificate
    Given the full name is "<name>"
    When the certificate is printed
    Then the name on it reads "<printed>"

    Examples:
      | name                                 | printed                   |
      | Ada Lovelace                         | Ada LOVELACE              |
      | John Paul Jones                      | John P. JONES             |
      | Mary Ann Rose Baker                  | Mary A. R. BAKER          |
      | Tom O'Neill                          | Tom O'NEILL               |
      | Priya Devi Sharma                    | Priya D. SHARMA           |
      | Li Wei                               | Li WEI                    |
      | Charlotte Emily Jane Victoria Hughes | Charlotte E. J. V. HUGHES |
      | Sam Taylor-Wood                      | Sam TAYLOR-WOOD           |
