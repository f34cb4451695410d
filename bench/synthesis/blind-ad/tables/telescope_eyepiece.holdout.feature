Feature: Telescope eyepieces
  The magnification is the focal length of the telescope divided by that of the
  eyepiece, to the nearest whole number. Anything over twice the aperture in millimetres
  is more than the telescope can usefully show.

  Scenario Outline: fitting an eyepiece
    Given a telescope with a focal length of <scope> mm and an aperture of <aperture> mm
    And an eyepiece with a focal length of <eyepiece> mm
    When the eyepiece is fitted
    Then the magnification is <power>
    And the view is useful: <useful>

    Examples:
      | scope | aperture | eyepiece | power | useful |
      | 1200  | 100      | 25       | 48    | yes    |
      | 700   | 80       | 4        | 175   | no     |
      | 1000  | 127      | 8        | 125   | yes    |
      | 1500  | 150      | 7        | 214   | yes    |
      | 400   | 60       | 4        | 100   | yes    |
      | 500   | 50       | 2        | 250   | no     |
